package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, strings.Split(v, ",")...); return nil }

type levelFlag int

func (l *levelFlag) String() string { return [...]string{"debug", "info", "warn"}[*l] }
func (l *levelFlag) Set(v string) error {
	for i, n := range []string{"debug", "info", "warn"} {
		if n == v {
			*l = levelFlag(i)
			return nil
		}
	}
	return errors.New("unknown level " + v)
}

type config struct {
	name    string
	port    int
	verbose bool
	timeout time.Duration
	tags    listFlag
	level   levelFlag
}

func parse(args []string) (*config, []string, error) {
	fs := flag.NewFlagSet("app", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	c := &config{level: 1}
	fs.StringVar(&c.name, "name", "anon", "user name")
	fs.IntVar(&c.port, "port", 8080, "port")
	fs.BoolVar(&c.verbose, "v", false, "verbose")
	fs.DurationVar(&c.timeout, "timeout", 5*time.Second, "timeout")
	fs.Var(&c.tags, "tag", "tags (repeatable)")
	fs.Var(&c.level, "level", "log level")
	err := fs.Parse(args)
	if err != nil {
		first, _, _ := strings.Cut(out.String(), "\n")
		return nil, nil, fmt.Errorf("%w [%s]", err, first)
	}
	return c, fs.Args(), nil
}

func main() {
	cases := [][]string{
		{},
		{"-name=ann", "-port", "9000", "-v", "-tag", "a,b", "-tag=c", "--level", "warn", "file1", "file2"},
		{"-timeout", "1m30s", "--", "-v"},
		{"-port", "abc"},
		{"-level", "loud"},
		{"-unknown"},
		{"-h"},
	}
	for _, args := range cases {
		c, rest, err := parse(args)
		if err != nil {
			fmt.Printf("%q: error: %v (help=%v)\n", args, err, errors.Is(err, flag.ErrHelp))
			continue
		}
		fmt.Printf("%q: %s %d %v %v [%s] %s rest=%q\n", args, c.name, c.port, c.verbose, c.timeout, c.tags.String(), c.level.String(), rest)
	}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.Int("n", 1, "number of `items`")
	fs.String("s", "", "a string")
	fs.SetOutput(io.Discard)
	fs.Parse([]string{"-n", "3"})
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name) })
	name, usage := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Println(name, usage, fs.NFlag(), fs.Parsed())
}
