// Every string the page shows, in Korean and English, and the helpers that apply them.
// Static markup names its string with data-i18n (textContent), data-i18n-placeholder or
// data-i18n-aria-label; scripts call t(key, vars).

const STRINGS = {
  ko: {
    'app.title': '모의 면접',
    'app.documentTitle': 'MockInterviewer · 모의 면접',
    'app.skip': '본문으로 건너뛰기',

    'start.title': '편하게 연습해 봐요',
    'start.lead': '실제 면접처럼 질문을 주고받지만, 여기서는 틀려도 괜찮아요. 생각을 말로 정리해 보는 연습이에요.',
    'field.mode': '면접 유형',
    'field.track': '분야',
    'field.language': '언어',
    'field.questionCount': '질문 수',
    'field.questionCount.hint': '1–{max}개',
    'field.timeLimit': '제한 시간(분)',
    'field.timeLimit.hint': '0이면 제한 없이 진행해요',
    'field.feedback': '피드백 받는 때',
    'mode.interview': '기술 면접',
    'mode.behavioral': '인성 면접',
    'mode.self-intro': '1분 자기소개',
    'intro.interview': '면접관과 함께 문제를 풀어 가는 자리예요. 막히면 생각나는 대로 말하거나 힌트를 요청해 보세요.',
    'intro.behavioral': '내 경험을 이야기하는 시간이에요. 상황, 내가 한 행동, 결과 순서로 떠올리면 한결 수월해요.',
    'intro.self-intro': '1분 자기소개를 함께 다듬어 봐요. 고쳐 말할 때마다 점수와 길이가 어떻게 달라지는지 볼 수 있어요.',
    'track.ml-junior': '주니어 ML 엔지니어',
    'track.ai-engineer': 'AI 엔지니어',
    'track.behavioral': '인성',
    'track.self-intro': '자기소개',
    'track.info': '{count}문항',
    'lang.ko': '한국어',
    'lang.en': 'English',
    'feedback.after-each': '답변할 때마다',
    'feedback.at-end': '마지막에 한 번에',

    'action.start': '면접 시작',
    'action.starting': '준비하는 중…',
    'action.send': '보내기',
    'action.hint': '힌트',
    'action.skip': '건너뛰기',
    'action.end': '면접 끝내기',
    'action.newInterview': '새 면접',
    'action.dismiss': '닫기',

    'interview.title': '면접 진행 중',
    'interview.conversation': '대화',
    'answer.label': '내 답변',
    'answer.placeholder': '생각나는 대로 적어 보세요. Ctrl+Enter(⌘+Enter)로 보낼 수 있어요.',
    'counter': '{n} / {max}자',
    'counter.over': '{n} / {max}자 · {over}자를 줄여 주세요',
    'progress': '질문 {n} / {total}',
    'timer.used': '{time} 경과',
    'timer.left': '{time} 남음',
    'timer.over': '시간이 다 됐어요',
    'thinking': '면접관이 답을 준비하고 있어요…',

    'status.connecting': '연결하는 중…',
    'status.reconnecting': '다시 연결하는 중…',
    'status.resuming': '이전 면접을 이어가는 중…',

    'role.interviewer': '면접관',
    'role.candidate': '나',
    'kind.greeting': '면접관',
    'kind.question': '질문',
    'kind.follow-up': '꼬리 질문',
    'kind.hint': '힌트',
    'kind.feedback': '피드백',
    'kind.closing': '마무리',
    'kind.notice': '안내',

    'assessment.title': '이번 답변 돌아보기',
    'score': '{score}점',
    'point.covered': '잘 짚음',
    'point.partial': '일부 짚음',
    'point.missing': '아직 안 다룸',
    'point.evidence': '내 답변에서',

    'report.title': '면접 리포트',
    'report.overall': '종합 점수',
    'report.summary': '총평',
    'report.strengths': '잘한 점',
    'report.improvements': '더 해보면 좋을 점',
    'report.byCategory': '분야별 점수',
    'report.questions': '질문별 돌아보기',
    'report.question': '질문 {n}',
    'report.yourAnswers': '내 답변',
    'report.points': '짚은 포인트',
    'report.followUp': '이어서 생각해 볼 질문',
    'report.skipped': '이 질문은 건너뛰었어요.',
    'report.attempts': '시도별 기록',
    'report.attempt': '{n}번째 시도',
    'report.progression': '점수 변화',
    'report.seconds': '약 {s}초 / 목표 60초',
    'report.length.short': '조금 짧아요',
    'report.length.good': '길이가 알맞아요',
    'report.length.long': '조금 길어요',
    'report.duration': '소요 시간 {time}',
    'report.engine.llm': 'AI 모델이 채점했어요.',
    'report.engine.mixed.other': 'AI 모델이 채점했어요. 모델을 쓸 수 없던 때의 답변 {n}개는 오프라인 규칙으로 채점했어요.',
    'report.engine.offline': '오프라인 규칙으로 채점했어요. AI 모델은 쓰지 않았어요.',
    'report.usage': '모델 토큰: 입력 {prompt}(캐시 {cached}) · 출력 {completion}',
    'report.gradedBy.llm': 'AI 모델이 채점',
    'report.gradedBy.offline': '오프라인 규칙으로 채점',
    'chart.title': '분야별 점수(100점 만점)',
    'chart.empty': '아직 채점된 답변이 없어요',
    'chart.question': '질문 {n}',

    'error.generic': '문제가 생겼어요. 잠시 후 다시 시도해 주세요.',
    'error.resumeFailed': '이전 면접을 이어갈 수 없어요. 새로 시작해 볼까요?',
    'error.reportFailed': '리포트를 불러오지 못했어요.',

    // page helper
    'time.warning': '1분 남았어요. 시간이 다 되면 쓰고 있던 답변을 그대로 보낼게요.',
    'time.kept': '시간이 다 되어 답변을 보내지 못했어요. 쓴 내용은 아래에 그대로 남겨 두었어요.',
    'unsent.title': '보내지 못한 답변',
    'unsent.lead': '면접이 끝나기 전에 보내지 못한 내용이에요. 복사해 두고 다음 연습에 써 보세요.',
    'confirm.newInterview.title': '진행 중인 면접을 그만둘까요?',
    'confirm.newInterview.body': '새 면접을 시작하면 지금 면접은 여기서 멈추고, 이 화면에서 다시 이어갈 수 없어요.',
    'confirm.newInterview.accept': '그만두고 새로 시작',
    'confirm.newInterview.cancel': '계속하기',
    'error.answer-empty': '답변을 적은 뒤에 보내 주세요.',
    'error.answer-too-long': '답변이 너무 길어요. {max}자 이내로 줄여서 다시 보내 주세요.',
    'error.unknown-session': '이 면접을 찾을 수 없어요. 새 면접을 시작해 주세요.',
    'error.session-ended': '이미 끝난 면접이에요. 새 면접을 시작해 연습을 이어가 보세요.',
    'error.not-joined': '이 창이 면접과 아직 이어지지 않았어요. 페이지를 새로 고쳐 주세요.',
    'error.answer-not-expected': '면접관이 아직 말하는 중이에요. 말이 끝나면 다시 보내 주세요. 쓴 답변은 그대로 있어요.',
    'error.hint-limit': '이 질문에서 드릴 수 있는 힌트는 다 드렸어요. 떠오르는 만큼 답해 보세요.',
    'error.invalid-arguments': '요청을 이해하지 못했어요. 페이지를 새로 고친 뒤 다시 해 주세요.',
    'error.invalid-settings': '면접 설정을 다시 확인해 주세요.',
    'error.unknown-question': '찾을 수 없는 질문이에요.',
    'error.unknown-language': '한국어나 영어 중에서 골라 주세요.',
    'error.unknown-track': '목록에 있는 분야를 골라 주세요.',
    'error.empty-track': '이 분야에는 아직 질문이 없어요. 다른 분야를 골라 주세요.',
    'error.interviewer-unavailable': '면접관이 잠시 답하지 못했어요. 다시 연결되면 이어서 진행해요.',
    'error.grading-failed': '답변을 채점하지 못했어요. 잠시 후 다시 보내 주세요. 쓴 답변은 그대로 있어요.',
    'error.session-busy': '앞의 요청을 처리하는 중이에요. 잠시 후 다시 해 주세요.',

    // report helper (issue 9): the short, ranked report
    'report.highlights': '가장 잘한 순간',
    'report.gaps': '가장 크게 놓친 부분',
    'report.noHighlights': '아직 인용할 만한 답변이 없어요.',
    'report.noGaps': '놓친 핵심이 없어요. 모두 짚었어요!',
    'report.status.answered': '답변함',
    'report.status.skipped': '건너뜀',
    'report.status.unanswered': '답하지 못함',
    'report.status.unasked': '다루지 못함',
    'report.tally.answered': '답변 {n}개',
    'report.tally.skipped': '건너뜀 {n}개',
    'report.tally.unanswered': '답하지 못함 {n}개',
    'report.tally.unasked': '다루지 못함 {n}개',
    'report.notScored': '평균에 넣지 않음',
    'report.hintsUsed.other': '힌트 {n}번 사용',
    'report.modelAnswer': '모범 답안',
    'report.words.fillers': '습관어',
    'report.words.noFillers': '없음',
    'report.words.mostUsed': '자주 쓴 단어',
    'report.words.average': '평균 답변 길이 {n}자',
    'report.attemptN': '시도 {n}',
    'point.incorrect': '잘못 설명함',
  },
  en: {
    'app.title': 'Mock interview',
    'app.documentTitle': 'MockInterviewer · Mock interview',
    'app.skip': 'Skip to content',

    'start.title': 'Practice at your own pace',
    'start.lead': 'It feels like a real interview, but mistakes are welcome here. Think out loud and shape your ideas into words.',
    'field.mode': 'Interview type',
    'field.track': 'Track',
    'field.language': 'Language',
    'field.questionCount': 'Questions',
    'field.questionCount.hint': '1–{max}',
    'field.timeLimit': 'Time limit (minutes)',
    'field.timeLimit.hint': '0 means no limit',
    'field.feedback': 'Feedback',
    'mode.interview': 'Technical interview',
    'mode.behavioral': 'Behavioral interview',
    'mode.self-intro': 'One-minute self-introduction',
    'intro.interview': 'We work through the problems together. If you get stuck, think out loud or ask for a hint.',
    'intro.behavioral': 'A chance to talk about your experience. Situation, what you did, and the result is an easy order to follow.',
    'intro.self-intro': "Let's polish your one-minute introduction. Each time you revise it you can see how the score and length change.",
    'track.ml-junior': 'Junior ML engineer',
    'track.ai-engineer': 'AI engineer',
    'track.behavioral': 'Behavioral',
    'track.self-intro': 'Self-introduction',
    'track.info': '{count} questions',
    'lang.ko': '한국어',
    'lang.en': 'English',
    'feedback.after-each': 'After each answer',
    'feedback.at-end': 'All at the end',

    'action.start': 'Start interview',
    'action.starting': 'Getting ready…',
    'action.send': 'Send',
    'action.hint': 'Hint',
    'action.skip': 'Skip',
    'action.end': 'End interview',
    'action.newInterview': 'New interview',
    'action.dismiss': 'Dismiss',

    'interview.title': 'Interview in progress',
    'interview.conversation': 'Conversation',
    'answer.label': 'Your answer',
    'answer.placeholder': 'Write as you think. Ctrl+Enter (⌘+Enter) sends.',
    'counter': '{n} / {max} characters',
    'counter.over': '{n} / {max} characters · please trim {over}',
    'progress': 'Question {n} of {total}',
    'timer.used': '{time} used',
    'timer.left': '{time} left',
    'timer.over': "Time's up",
    'thinking': 'The interviewer is preparing a reply…',

    'status.connecting': 'Connecting…',
    'status.reconnecting': 'Reconnecting…',
    'status.resuming': 'Picking up where you left off…',

    'role.interviewer': 'Interviewer',
    'role.candidate': 'You',
    'kind.greeting': 'Interviewer',
    'kind.question': 'Question',
    'kind.follow-up': 'Follow-up',
    'kind.hint': 'Hint',
    'kind.feedback': 'Feedback',
    'kind.closing': 'Wrap-up',
    'kind.notice': 'Note',

    'assessment.title': 'A look back at this answer',
    'score': '{score} / 100',
    'point.covered': 'Covered',
    'point.partial': 'Partly covered',
    'point.missing': 'Not covered yet',
    'point.evidence': 'From your answer',

    'report.title': 'Interview report',
    'report.overall': 'Overall score',
    'report.summary': 'Summary',
    'report.strengths': 'What went well',
    'report.improvements': 'What to try next',
    'report.byCategory': 'Scores by category',
    'report.questions': 'Question by question',
    'report.question': 'Question {n}',
    'report.yourAnswers': 'Your answers',
    'report.points': 'Key points',
    'report.followUp': 'A question to think about next',
    'report.skipped': 'You skipped this question.',
    'report.attempts': 'Attempts',
    'report.attempt': 'Attempt {n}',
    'report.progression': 'Score over attempts',
    'report.seconds': 'about {s} s of a 60 s target',
    'report.length.short': 'a little short',
    'report.length.good': 'a good length',
    'report.length.long': 'a little long',
    'report.duration': 'Took {time}',
    'report.engine.llm': 'Graded by the AI model.',
    'report.engine.mixed.one': 'Graded by the AI model; {n} answer given while it was unavailable was graded by offline rules.',
    'report.engine.mixed.other': 'Graded by the AI model; {n} answers given while it was unavailable were graded by offline rules.',
    'report.engine.offline': 'Graded by offline rules; no AI model was used.',
    'report.usage': 'Model tokens: {prompt} in ({cached} cached) · {completion} out',
    'report.gradedBy.llm': 'Graded by the AI model',
    'report.gradedBy.offline': 'Graded by offline rules',
    'chart.title': 'Scores by category (out of 100)',
    'chart.empty': 'No answers have been scored yet',
    'chart.question': 'Question {n}',

    'error.generic': 'Something went wrong. Please try again in a moment.',
    'error.resumeFailed': 'The previous interview could not be resumed. Shall we start a new one?',
    'error.reportFailed': 'The report could not be loaded.',

    // page helper
    'time.warning': "One minute left. When time is up, the answer you are writing will be sent as it is.",
    'time.kept': 'Time ran out before your answer could be sent. What you wrote is kept below.',
    'unsent.title': 'Your unsent answer',
    'unsent.lead': 'This is what you wrote but could not send before the interview ended. Copy it for your next practice.',
    'confirm.newInterview.title': 'Leave the interview in progress?',
    'confirm.newInterview.body': 'Starting a new interview stops this one here, and this page cannot pick it up again.',
    'confirm.newInterview.accept': 'Leave and start anew',
    'confirm.newInterview.cancel': 'Keep going',
    'error.answer-empty': 'Write your answer before sending it.',
    'error.answer-too-long': 'The answer is too long. Please trim it to {max} characters and send it again.',
    'error.unknown-session': 'This interview could not be found. Please start a new one.',
    'error.session-ended': 'This interview has ended. Start a new one to keep practising.',
    'error.not-joined': 'This window is not connected to the interview yet. Please reload the page.',
    'error.answer-not-expected': 'The interviewer is still speaking. Send your answer again once they finish; it is kept here.',
    'error.hint-limit': "That's all the hints for this question. Answer with what comes to mind.",
    'error.invalid-arguments': 'The request was not understood. Please reload the page and try again.',
    'error.invalid-settings': 'Please check the interview settings.',
    'error.unknown-question': 'That question could not be found.',
    'error.unknown-language': 'Please choose Korean or English.',
    'error.unknown-track': 'Please choose a track from the list.',
    'error.empty-track': 'This track has no questions yet. Please choose another.',
    'error.interviewer-unavailable': 'The interviewer could not answer just now. The interview goes on once you are reconnected.',
    'error.grading-failed': 'Your answer could not be graded. Please send it again in a moment; it is kept here.',
    'error.session-busy': 'The previous request is still being handled. Please try again in a moment.',

    // report helper (issue 9): the short, ranked report
    'report.highlights': 'Your strongest moments',
    'report.gaps': 'Your biggest gaps',
    'report.noHighlights': 'No moment to quote yet.',
    'report.noGaps': 'No gaps: you covered every key point.',
    'report.status.answered': 'Answered',
    'report.status.skipped': 'Skipped',
    'report.status.unanswered': 'Not answered',
    'report.status.unasked': 'Not reached',
    'report.tally.answered': '{n} answered',
    'report.tally.skipped': '{n} skipped',
    'report.tally.unanswered': '{n} not answered',
    'report.tally.unasked': '{n} not reached',
    'report.notScored': 'not in the average',
    'report.hintsUsed.one': '{n} hint used',
    'report.hintsUsed.other': '{n} hints used',
    'report.modelAnswer': 'Model answer',
    'report.words.fillers': 'Fillers',
    'report.words.noFillers': 'none',
    'report.words.mostUsed': 'Most used',
    'report.words.average': 'Average answer: {n} characters',
    'report.attemptN': 'Attempt {n}',
    'point.incorrect': 'Stated incorrectly',
  },
};

const LANGUAGES = ['ko', 'en'];

let current = 'ko';
const listeners = new Set();

export function getLanguage() {
  return current;
}

/** The string for key in the current language, with {name} replaced from vars. */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in vars ? String(vars[name]) : match));
}

/** Whether key has a string (used for optional labels such as track and engine names). */
export function has(key) {
  return key in STRINGS[current];
}

/** Switches the whole page to lang (ko or en) and tells the listeners when it changed. */
export function setLanguage(lang) {
  const next = LANGUAGES.includes(lang) ? lang : current;
  const changed = next !== current;
  current = next;
  document.documentElement.lang = next;
  applyI18n(document);
  if (changed) listeners.forEach((listener) => listener(next));
}

export function onLanguageChange(listener) {
  listeners.add(listener);
}

function applyI18n(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  document.title = t('app.documentTitle');
}

// page helper
/** The first of the browser's preferred languages the page speaks; English when none is. */
export function browserLanguage(preferred = navigator.languages?.length ? navigator.languages : [navigator.language]) {
  for (const tag of preferred) {
    const primary = String(tag ?? '').toLowerCase().split('-')[0];
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}
