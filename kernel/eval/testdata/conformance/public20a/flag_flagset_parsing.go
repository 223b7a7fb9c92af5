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

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*l = append(*l, v)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }
func (l *level) Set(s string) error {
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 3
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

func parse(args []string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	name := fs.String("name", "world", "who to greet")
	n := fs.Int("n", 1, "repeat count")
	verbose := fs.Bool("v", false, "verbose")
	wait := fs.Duration("wait", time.Second, "wait time")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	var tags listFlag
	fs.Var(&tags, "tag", "tag (repeatable)")
	var lv level
	fs.Var(&lv, "level", "low|high")
	err := fs.Parse(args)
	fmt.Printf("args=%q err=%v\n", args, err)
	if err != nil {
		fmt.Println(" errors.Is help:", errors.Is(err, flag.ErrHelp))
		msg := out.String()
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		fmt.Printf(" output first line: %q\n", msg)
		return
	}
	fmt.Printf(" name=%s n=%d v=%v wait=%v ratio=%v tags=%v level=%v rest=%q nflag=%d narg=%d\n",
		*name, *n, *verbose, *wait, *ratio, tags, lv, fs.Args(), fs.NFlag(), fs.NArg())
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
	fmt.Println(" visited:", set)
}

func main() {
	parse([]string{})
	parse([]string{"-name", "gopher", "-n=3", "-v", "extra", "-x"})
	parse([]string{"--name=two-dash", "-tag", "a", "-tag=b", "-level", "high", "-wait", "1m30s"})
	parse([]string{"-n", "notanumber"})
	parse([]string{"-undefined"})
	parse([]string{"-h"})
	parse([]string{"-level", "medium"})
	parse([]string{"-tag="})
	parse([]string{"-v=false", "--", "-n", "5"})
	parse([]string{"-ratio", "1e-3", "-n"})
	fs := flag.NewFlagSet("p", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.String("s", "", "")
	fs.Set("s", "direct")
	fmt.Println(fs.Lookup("s").Value, fs.Lookup("missing") == nil, fs.Name(), fs.Parsed())
	var sb strings.Builder
	fs2 := flag.NewFlagSet("usage", flag.ContinueOnError)
	fs2.SetOutput(&sb)
	fs2.Int("count", 10, "how many `items` to process")
	fs2.Bool("dry", false, "dry run")
	fs2.PrintDefaults()
	fmt.Print(sb.String())
}
