// The course outline as data: every module of the seed portal, in its order, and the lessons each one lists.

/** One lesson in the outline. Its MDX file, when written, is `content/<module slug>/<lesson slug>.mdx`. */
export type OutlineLesson = {
  /** URL segment and file name, kebab-case, unique within the whole course. */
  slug: string;
  /** Title shown in the outline (the lesson's frontmatter title is shown on its page). */
  title: string;
};

/** One module (a group of lessons) in the outline. */
export type OutlineModule = {
  /** URL segment and folder name under `content/`, kebab-case, unique. */
  slug: string;
  /** Title shown on the home page and in the sidebar. */
  title: string;
  /** Lessons in reading order; empty while the module's lessons are not planned yet. */
  lessons: OutlineLesson[];
};

/** Turns a list of [slug, title] pairs into lessons, to keep the table below readable. */
function lessons(pairs: Array<[slug: string, title: string]>): OutlineLesson[] {
  return pairs.map(([slug, title]) => ({ slug, title }));
}

/** Shorthand for a module whose lessons are not listed yet. */
function planned(slug: string, title: string): OutlineModule {
  return { slug, title, lessons: [] };
}

/** The whole course, in the order learners take it. */
export const outline: OutlineModule[] = [
  planned('professional-skills', 'Professional Skills'),
  planned('agile-fundamentals', 'Agile Fundamentals'),
  planned('jira', 'Jira'),
  planned('git', 'Git'),
  planned('databases-introduction', 'Databases Introduction'),
  planned('java-beginner', 'Java Beginner'),
  planned('maven', 'Maven'),
  planned('testing-foundation', 'Testing (Foundation)'),
  planned('java-intermediate', 'Java Intermediate'),
  planned('html', 'HTML'),
  planned('css', 'CSS'),
  planned('javascript', 'JavaScript'),
  planned('spring-boot', 'Spring Boot'),
  planned('selenium', 'Selenium'),
  planned('sonarqube', 'SonarQube'),
  planned('advanced-testing-theory', 'Advanced Testing (Theory)'),
  planned('cucumber', 'Cucumber'),
  planned('mongodb', 'MongoDB'),
  planned('express', 'Express'),
  planned('nodejs', 'Node.js'),
  planned('react', 'React'),
  planned('express-testing', 'Express Testing'),
  planned('networking', 'Networking'),
  planned('security', 'Security'),
  planned('cloud-fundamentals', 'Cloud Fundamentals'),
  {
    slug: 'aws-foundations',
    title: 'AWS Foundations',
    lessons: lessons([
      ['aws-introductions', 'AWS Introductions'],
      ['aws-sign-up', 'AWS Sign-up'],
      ['aws-billing-alert', 'AWS Billing Alert'],
      ['aws-ec2', 'AWS EC2'],
      ['key-pairs', 'Key Pairs'],
      ['s3-introduction', 'S3 Introduction'],
      ['s3-storage-options', 'S3 Storage Options'],
      ['aws-s3-bucket-creation', 'AWS S3 Bucket Creation'],
      ['s3-bucket-policies', 'S3 Bucket Policies'],
      ['s3-lifecycle-policies', 'S3 Lifecycle Policies'],
      ['s3-file-upload', 'S3 File Upload'],
      ['s3-aws-cli-commands', 'S3 AWS CLI Commands'],
      ['s3-glacier', 'S3 Glacier'],
      ['elastic-beanstalk-introduction', 'Elastic Beanstalk Introduction'],
      ['aws-iam-intro', 'AWS IAM Intro'],
      ['aws-iam-user-overview', 'AWS IAM User Overview'],
      ['aws-iam-users', 'AWS IAM Users'],
      ['aws-iam-policies', 'AWS IAM Policies'],
      ['aws-programmatic-access', 'AWS Programmatic Access'],
      // Not in the seed: the second half of its programmatic-access page, split off to fit one sitting.
      ['aws-cli-profiles-and-environment', 'AWS CLI Profiles and Environment Variables'],
      ['aws-iam-role-cli', 'AWS IAM Role CLI'],
      ['aws-rds', 'AWS RDS'],
      ['aws-auto-scaling-group-cli', 'AWS Auto Scaling Group CLI'],
      ['elastic-load-balancer', 'Elastic Load Balancer'],
    ]),
  },
  planned('aws-intermediate', 'AWS Intermediate'),
  planned('linux', 'Linux'),
  planned('devops', 'DevOps'),
  planned('jenkins-introduction', 'Jenkins Introduction'),
  planned('jenkins-pipeline', 'Jenkins Pipeline'),
  planned('markdown', 'Markdown'),
  planned('ide-cheatsheet', 'IDE Cheatsheet'),
];
