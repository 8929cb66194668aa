// Commit messages: a conventional subject under 72 characters, one concern per commit, and a body
// separated by a blank line when the change needs one. Checked by .githooks/commit-msg.
export default {
  extends: ['@commitlint/config-conventional'],
  rules: {
    'header-max-length': [2, 'always', 71],
    'type-enum': [
      2,
      'always',
      [
        'feat',
        'fix',
        'perf',
        'refactor',
        'docs',
        'test',
        'build',
        'ci',
        'chore',
        'revert',
        'bench',
        'deploy',
        'style',
      ],
    ],
    // Subjects name things ("Mẫu 04", "H56", "PDF"): no case rule.
    'subject-case': [0],
    'body-leading-blank': [2, 'always'],
    'body-max-line-length': [2, 'always', 100],
    'footer-max-line-length': [0],
  },
};
