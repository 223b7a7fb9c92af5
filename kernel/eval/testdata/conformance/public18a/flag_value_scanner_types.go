package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "L%d", (*int)(l))
	return err
}

type Coord struct{ X, Y int }

func (c *Coord) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &c.X, &c.Y)
	return err
}

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	var sb strings.Builder
	fs.SetOutput(&sb)
	var tags listFlag
	fs.Var(&tags, "tag", "a tag (repeatable)")
	lvl := Level(1)
	fs.TextVar(&lvl, "level", Level(2), "the level")
	n := fs.Int("n", 3, "a number")
	d := fs.Duration("d", time.Second, "a duration")
	b := fs.Bool("v", false, "verbose")
	var name string
	fs.StringVar(&name, "name", "anon", "a name")
	fs.Func("upper", "uppercased", func(s string) error {
		name = strings.ToUpper(s)
		return nil
	})
	err := fs.Parse([]string{"-tag", "a", "--tag=b", "-n", "7", "-d", "1m30s", "-v", "-level", "L9", "-upper", "zed", "rest", "-x"})
	fmt.Println(err, tags, lvl, *n, *d, *b, name, fs.Args(), fs.NArg(), fs.NFlag())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs2 := flag.NewFlagSet("p2", flag.ContinueOnError)
	fs2.SetOutput(&sb)
	fs2.Int("k", 0, "k value")
	fmt.Println(fs2.Parse([]string{"-k", "abc"}))
	fmt.Println(fs2.Parse([]string{"-zz"}))
	fmt.Println(fs2.Parse([]string{"-h"}) == flag.ErrHelp)
	fmt.Print(sb.String())
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("%s default=%q usage=%q\n", f.Name, f.DefValue, f.Usage) })
	var c1, c2 Coord
	cnt, err := fmt.Sscan("(1,2) (3,4)", &c1, &c2)
	fmt.Println(cnt, err, c1, c2)
	var word string
	var num int
	cnt, err = fmt.Sscanf("id=42 name=bob", "id=%d name=%s", &num, &word)
	fmt.Println(cnt, err, num, word)
	cnt, err = fmt.Sscanf("x", "%d", &num)
	fmt.Println(cnt, err)
	var a, bb string
	cnt, err = fmt.Sscanln("one two\nthree", &a, &bb)
	fmt.Println(cnt, err, a, bb)
	var f float64
	var r rune
	cnt, err = fmt.Sscanf("3.5e2 Z", "%g %c", &f, &r)
	fmt.Println(cnt, err, f, string(r))
}
