package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

type StringList []string

func (s *StringList) String() string { return strings.Join(*s, ",") }
func (s *StringList) Set(v string) error {
	*s = append(*s, strings.Split(v, ",")...)
	return nil
}

type Level int

func (l *Level) String() string { return fmt.Sprint(int(*l)) }
func (l *Level) Set(v string) error {
	switch v {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "error":
		*l = 2
	default:
		return errors.New("want debug|info|error")
	}
	return nil
}

type Toggle bool

func (t *Toggle) String() string   { return fmt.Sprint(bool(*t)) }
func (t *Toggle) Set(string) error { *t = !*t; return nil }
func (t *Toggle) IsBoolFlag() bool { return true }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var tags StringList
	var lvl Level = 1
	var tg Toggle
	fs.Var(&tags, "tag", "tags")
	fs.Var(&lvl, "level", "log level")
	fs.Var(&tg, "t", "toggle")
	n := fs.Int("n", 3, "count")
	d := fs.Duration("wait", time.Second, "wait")
	var name string
	fs.StringVar(&name, "name", "anon", "who")
	var port uint
	fs.Func("port", "port number", func(s string) error {
		_, err := fmt.Sscan(s, &port)
		return err
	})
	err := fs.Parse([]string{"-tag=a,b", "-tag", "c", "-level", "error", "-t", "-t", "-t", "--n=7", "-wait=1m30s", "-port", "8080", "rest", "-x"})
	fmt.Println(err, tags, lvl, tg, *n, *d, name, port, fs.Args(), fs.NArg())
	fs.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, ":", f.DefValue, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("level").Value.(*Level) == &lvl, fs.Lookup("zz") == nil)
	fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
	fs2.SetOutput(io.Discard)
	fs2.Var(&lvl, "level", "")
	fmt.Println(fs2.Parse([]string{"-level=loud"}))
	fmt.Println(fs2.Parse([]string{"-nope"}))
	fmt.Println(fs.Set("level", "debug"), lvl, fs.Set("nah", "1"))
}
