package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"
)

type User struct {
	ID    int
	Name  string
	Email string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type prefixHandler struct {
	prefix string
	attrs  []slog.Attr
	out    *strings.Builder
}

func (h *prefixHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelInfo }
func (h *prefixHandler) Handle(_ context.Context, r slog.Record) error {
	fmt.Fprintf(h.out, "%s[%s] %s", h.prefix, r.Level, r.Message)
	for _, a := range h.attrs {
		fmt.Fprintf(h.out, " %s", a)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(h.out, " %s=%v", a.Key, a.Value.Resolve())
		return true
	})
	h.out.WriteString("\n")
	return nil
}
func (h *prefixHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &prefixHandler{h.prefix, append(append([]slog.Attr{}, h.attrs...), as...), h.out}
}
func (h *prefixHandler) WithGroup(name string) slog.Handler {
	return &prefixHandler{h.prefix + name + ".", h.attrs, h.out}
}

func main() {
	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		if a.Key == "pw" {
			a.Value = slog.StringValue("***")
		}
		return a
	}
	th := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: noTime})
	l := slog.New(th)
	u := User{7, "ann", "a@x"}
	l.Info("login", "user", u, "secret", Secret("s3"), "pw", "hunter2", slog.Duration("took", 1500*time.Millisecond))
	l.Debug("details", slog.Group("req", slog.String("method", "GET"), slog.Int("code", 200)), "err", errors.New("boom"))
	l.With("svc", "api").WithGroup("g").Warn("nested", "k", 1, "bad")
	l.Error("quote", "msg", "has space \"q\"", "empty", "", "f", 2.50, "b", true, "nilv", nil)
	jh := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, AddSource: false})
	jl := slog.New(jh).With("app", "p18")
	jl.Info("json", "user", u, "list", []int{1, 2}, "m", map[string]int{"a": 1}, slog.Time("at", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)))
	jl.Debug("hidden")
	jl.Log(context.Background(), slog.LevelWarn+2, "custom level")
	var sb strings.Builder
	cl := slog.New(&prefixHandler{prefix: "> ", out: &sb})
	cl.With("a", 1).WithGroup("grp").Info("hello", "x", u, "s", Secret("z"))
	cl.Debug("dropped")
	fmt.Print(sb.String())
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	fmt.Println(lv.Level(), slog.LevelDebug, slog.Level(-2), slog.LevelError+1, slog.Level(12).String())
	var lvl slog.Level
	fmt.Println(lvl.UnmarshalText([]byte("warn+1")), lvl)
	v := slog.AnyValue(u)
	fmt.Println(v.Kind(), v.Resolve().Kind(), slog.IntValue(3).Int64(), slog.Float64Value(1.5).String(), slog.Any("k", []string{"a"}))
	a := slog.Group("g", "k", "v")
	fmt.Println(a, a.Value.Group()[0].Key, slog.Attr{}.Equal(slog.Attr{}))
}
