package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type Logger interface {
	Log(level, msg string)
}

type WriterLogger struct {
	W      io.Writer
	Prefix string
}

func (l *WriterLogger) Log(level, msg string) {
	fmt.Fprintf(l.W, "%s[%s] %s\n", l.Prefix, level, msg)
}

type LevelFilter struct {
	Logger
	Min int
}

var levels = map[string]int{"debug": 0, "info": 1, "warn": 2, "error": 3}

func (f LevelFilter) Log(level, msg string) {
	if levels[level] >= f.Min {
		f.Logger.Log(level, msg)
	}
}

type Counting struct {
	Logger
	counts map[string]int
}

func (c *Counting) Log(level, msg string) {
	c.counts[level]++
	c.Logger.Log(level, msg)
}

type Redactor struct {
	Logger
	words []string
}

func (r Redactor) Log(level, msg string) {
	for _, w := range r.words {
		msg = strings.ReplaceAll(msg, w, strings.Repeat("*", len(w)))
	}
	r.Logger.Log(level, msg)
}

type Multi []Logger

func (m Multi) Log(level, msg string) {
	for _, l := range m {
		l.Log(level, msg)
	}
}

func main() {
	var sb strings.Builder
	base := &WriterLogger{W: os.Stdout, Prefix: "out "}
	mem := &WriterLogger{W: &sb, Prefix: "mem "}
	counter := &Counting{Logger: Multi{base, mem}, counts: map[string]int{}}
	var log Logger = Redactor{LevelFilter{counter, 1}, []string{"secret", "hunter2"}}
	log.Log("debug", "starting up")
	log.Log("info", "user logged in with password hunter2")
	log.Log("warn", "the secret is out")
	log.Log("error", "fatal-ish")
	fmt.Print(sb.String())
	fmt.Println(counter.counts)
	if lf, ok := log.(Redactor).Logger.(LevelFilter); ok {
		fmt.Println("min level", lf.Min)
	}
	fmt.Printf("%T %T\n", log, counter.Logger)
}
