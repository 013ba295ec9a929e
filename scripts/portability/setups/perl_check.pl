#!/usr/bin/perl
# Validates portability documents with Perl's JSON::Validator, in one process.
#
# Reads its standard input as lines: the number of schemas, then a line `NAME<TAB>SCHEMA` for
# each, then one [NAME, INSTANCE] per document, all JSON (a line each, so that a text its parser
# refuses is one load error or one document's error, not the end of the run). Writes {"version": V, "class": C, "loadErrors": {NAME: MESSAGE},
# "outcomes": ["valid" | "invalid" | {"error": MESSAGE} | null, ...]}.
#
# A schema is loaded as a user loads one (JSON::Validator->new->schema($schema)->schema), which picks
# the class by `$schema`; the schema is not checked against its meta-schema, which this module would
# fetch from the network.
use strict;
use warnings;
use JSON::Validator;
use Mojo::JSON qw(decode_json encode_json);

# The first line of a message, without the " at FILE line N." Perl adds (a path of this machine).
sub first_line {
  my ($error) = @_;
  my ($line) = split /\n/, "$error";
  $line = 'died' unless defined $line;
  $line =~ s/ at \S+ line \d+\.?$//;
  return substr($line, 0, 300);
}

binmode STDIN;
binmode STDOUT;
my $count = <STDIN>;
my (%validators, %load_errors, %classes);
for (1 .. $count) {
  my ($name, $text) = split /\t/, scalar(<STDIN>), 2;
  my $schema = eval { JSON::Validator->new->schema(decode_json($text))->schema };
  if ($schema) {
    $validators{$name} = $schema;
    $classes{ref $schema} = 1;
  }
  else {
    $load_errors{$name} = first_line($@);
  }
}

my @outcomes;
while (my $line = <STDIN>) {
  chomp $line;
  my $outcome = eval {
    my ($name, $instance) = @{decode_json($line)};
    my $schema = $validators{$name};
    defined $schema ? ($schema->validate($instance) ? 'invalid' : 'valid') : 'not-loaded';
  };
  push @outcomes, !defined $outcome ? {error => first_line($@)} : $outcome eq 'not-loaded' ? undef : $outcome;
}

print encode_json({version => $JSON::Validator::VERSION, class => join(', ', sort keys %classes), loadErrors => \%load_errors, outcomes => \@outcomes});
