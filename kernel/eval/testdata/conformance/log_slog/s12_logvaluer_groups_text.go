package main

import (
	"context"
	"log/slog"
	"os"
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

type Token string

func (Token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type Lazy func() string

func (l Lazy) LogValue() slog.Value { return slog.StringValue(l()) }

type Status int

func (s Status) String() string { return [...]string{"ok", "fail"}[s] }

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: noTime})
	log := slog.New(h)
	u := User{7, "ann", "hunter2"}
	log.Info("login", "user", u, "token", Token("abc"), "status", Status(1))
	log.Debug("lazy", "v", Lazy(func() string { return "computed" }))
	reqLog := log.With("req", 42).WithGroup("http")
	reqLog.Warn("slow", slog.Duration("took", 1500*time.Millisecond), slog.Group("client", "ip", "10.0.0.1", "user", u))
	log.LogAttrs(context.Background(), slog.LevelError, "boom", slog.Any("err", os.ErrNotExist), slog.Bool("retry", false))
	log.Log(context.Background(), slog.Level(-8), "too low")
	log.Info("kinds", "f", 1.5, "u", uint8(3), "t", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "nil", nil, "odd")
	v := slog.AnyValue(u)
	println := func(a ...any) {
		slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime})).Info("val", a...)
	}
	println("kind", v.Kind().String(), "resolved", v.Resolve().Kind().String())
}
