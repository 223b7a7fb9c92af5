package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"
)

// lineHandler writes "LEVEL msg k=v ..." lines, with groups as prefixes.
type lineHandler struct {
	w      io.Writer
	level  slog.Leveler
	attrs  []slog.Attr
	groups []string
}

func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool {
	return l >= h.level.Level()
}

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %s", r.Level, r.Message)
	for _, a := range h.attrs {
		b.WriteString(" " + a.String())
	}
	prefix := strings.Join(h.groups, ".")
	r.Attrs(func(a slog.Attr) bool {
		a.Value = a.Value.Resolve()
		if prefix != "" {
			a.Key = prefix + "." + a.Key
		}
		if a.Value.Kind() == slog.KindGroup {
			for _, g := range a.Value.Group() {
				fmt.Fprintf(&b, " %s.%s=%v", a.Key, g.Key, g.Value)
			}
			return true
		}
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	fmt.Fprintf(&b, " (%d attrs)\n", r.NumAttrs())
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	nh := *h
	nh.attrs = append(append([]slog.Attr{}, h.attrs...), as...)
	return &nh
}

func (h *lineHandler) WithGroup(name string) slog.Handler {
	nh := *h
	nh.groups = append(append([]string{}, h.groups...), name)
	return &nh
}

type token string

func (t token) LogValue() slog.Value { return slog.StringValue(string(t[:2]) + "…") }

func main() {
	h := &lineHandler{w: os.Stdout, level: slog.LevelInfo}
	log := slog.New(h)
	log.Info("start", "port", 8080, "tls", false)
	log.Debug("not shown")
	log.With("req", 7).Warn("slow", "ms", 250, "tok", token("secret"))
	log.WithGroup("db").Error("query failed", "table", "users", slog.Group("conn", "host", "x", "id", 3))
	slog.SetDefault(log)
	slog.Info("via default", "n", 1)
	fmt.Println(log.Handler() == slog.Handler(h), log.Enabled(context.Background(), slog.LevelDebug))
	var r slog.Record = slog.NewRecord(time.Time{}, slog.LevelWarn, "manual", 0)
	r.AddAttrs(slog.Int("a", 1))
	r.Add("b", "two", "c")
	fmt.Println(h.Handle(context.Background(), r))
}
