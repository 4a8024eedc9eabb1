// English text a firm reads while its assessment is returned or waiting for review (issue 18);
// returned.ms.ts must have exactly these keys.
export const returnedEn = {
  feedbackTitle: "Your programme officer's comment",
  officerOn: "Programme officer, {date}",
  reasonLabel: "Why your assessment was returned",
  commentLabel: "On this dimension",
  generalLabel: "On the whole assessment",
  validatedLevel: "Officer validated level {level} ({label}): {justification}",
  changes: {
    title: "What you changed since revision {revision}",
    intro: "These answers differ from the revision your programme officer returned. Check them before you submit again.",
    none: "You have not changed any answer since revision {revision} was returned. You can still submit it again.",
    caption: "Your changes since revision {revision}",
    colItem: "Question",
    colBefore: "Before (revision {revision})",
    colAfter: "Now",
  },
  waiting: {
    title: "Waiting for review",
    inReviewTitle: "Being reviewed",
    submittedOn: "You submitted this assessment on {date} to {programme}.",
    submittedOnNoProgramme: "You submitted this assessment on {date}. It is not part of a programme, so no officer reviews it.",
    waits: "It is waiting for review by the programme's officer.",
    inReview: "The programme's officer has started reviewing it.",
    nextTitle: "What happens next",
    nextValidate: "A programme officer checks your answers and validates each level, or adjusts it with a reason.",
    nextEmail: "You get an email when the assessment is approved, or when it is returned with the officer's comments for you to revise.",
    nextResults: "Your results are already available; once it is approved they also show the validated scores.",
  },
  dashboard: {
    inReview: "You cannot start a new assessment while one is waiting for review: a new one can start once it is approved.",
    inReviewLink: "View the assessment in review",
    inProgress: "You cannot start a new assessment while one is in progress: finish it, submit it and have it approved first.",
    inProgressLink: "Open the assessment in progress",
    returned: "You cannot start a new assessment while one is returned for changes: revise and resubmit it first.",
    returnedLink: "See what to change",
  },
};
