using MockInterviewer.Cli.Commands;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await InterviewCommand.Create().Parse(args).InvokeAsync();
