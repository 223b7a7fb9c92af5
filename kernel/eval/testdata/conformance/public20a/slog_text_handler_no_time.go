package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"strings"
)

type User struct {
	ID   int
	Name string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, opts))
	logger.Info("starting", "port", 8080, "debug", true)
	logger.Debug("details", slog.Group("req", "method", "GET", "path", "/x y"))
	logger.Warn("user action", "user", User{7, "ann"}, "token", Secret("abc"))
	logger.Error("failed", "err", errors.New("boom"), "n", 3.5)
	child := logger.With("svc", "api").WithGroup("ctx")
	child.Info("nested", "k", "v", "list", []int{1, 2})
	logger.Log(context.Background(), slog.LevelWarn+1, "custom level")
	fmt.Print(buf.String())
	buf.Reset()
	jl := slog.New(slog.NewJSONHandler(&buf, opts))
	jl.Info("json", "a", 1, "b", map[string]int{"x": 1}, slog.Any("u", User{1, "bo"}))
	jl.With("req_id", "r1").Info("with", "quote", `say "hi"`)
	fmt.Print(buf.String())
	buf.Reset()
	quiet := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("hidden")
	quiet.Warn("shown")
	fmt.Println(quiet.Enabled(context.Background(), slog.LevelInfo), strings.TrimSpace(buf.String()))
	fmt.Println(slog.LevelDebug, slog.LevelError+2, slog.Level(-8))
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	fmt.Println(lv.Level())

	var lb bytes.Buffer
	l := log.New(&lb, "[app] ", log.Lmsgprefix)
	l.Println("hello", 42)
	l.Printf("%05.1f|", 3.14159)
	l.SetPrefix("[new] ")
	l.Print("no newline")
	fmt.Print(lb.String())
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix)
	std := log.New(os.Stdout, "std: ", 0)
	std.Println("to stdout")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		std.Panicf("bad %d", 7)
	}()
}
