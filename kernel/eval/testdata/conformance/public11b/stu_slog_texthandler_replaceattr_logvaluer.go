package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"
)

type User struct {
	ID       int
	Name     string
	Password string
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
			if a.Key == slog.LevelKey {
				lv := a.Value.Any().(slog.Level)
				a.Value = slog.StringValue(strings.ToLower(lv.String()))
			}
			if a.Key == "pw" {
				a.Value = slog.StringValue("***")
			}
			return a
		},
	}
	log := slog.New(slog.NewTextHandler(os.Stdout, opts))
	log.Info("hello", "user", User{1, "ann", "x"}, "pw", "secret", "s", Secret("k"))
	log.Debug("dbg", slog.Group("req", "method", "GET", slog.Int("status", 200)), "dur", 1500*time.Millisecond)
	l2 := log.With("svc", "api").WithGroup("g")
	l2.Warn("inside", "k", 1, "quote", "a b\"c", "empty", "")
	l2.Error("oops", "err", fmt.Errorf("boom"), "nil", nil, "f", 1.5, "b", true)

	j := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: opts.ReplaceAttr, AddSource: false}))
	j.Info("json", "user", User{2, "bob", "y"}, "list", []int{1, 2}, "m", map[string]int{"a": 1})
	j.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Any("t", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)), slog.Duration("d", time.Second))

	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	h := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	h.Info("hidden")
	h.Warn("shown")
	lv.Set(slog.LevelInfo)
	h.Info("now shown", "enabled", h.Enabled(context.Background(), slog.LevelDebug))
	fmt.Println(slog.LevelWarn+2, slog.Level(-8), lv.Level())
	var lvl slog.Level
	fmt.Println(lvl.UnmarshalText([]byte("ERROR+1")), lvl)
}
