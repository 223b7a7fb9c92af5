package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
)

type LineHandler struct {
	w      io.Writer
	level  slog.Level
	attrs  []slog.Attr
	groups []string
}

func (h *LineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *LineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-5s %s", r.Level, r.Message)
	prefix := ""
	if len(h.groups) > 0 {
		prefix = strings.Join(h.groups, ".") + "."
	}
	for _, a := range h.attrs {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
	}
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s%s=%v", prefix, a.Key, a.Value.Resolve())
		return true
	})
	b.WriteByte('\n')
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *LineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	n := *h
	n.attrs = append(append([]slog.Attr(nil), h.attrs...), as...)
	return &n
}

func (h *LineHandler) WithGroup(name string) slog.Handler {
	n := *h
	n.groups = append(append([]string(nil), h.groups...), name)
	return &n
}

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	h := &LineHandler{w: os.Stdout, level: slog.LevelInfo}
	log := slog.New(h)
	log.Info("hello", "n", 1, "ok", true)
	log.Debug("not shown")
	svc := log.With("svc", "api")
	svc.Warn("slow", "ms", 250)
	svc.WithGroup("req").Error("failed", "path", "/x", "token", Secret("abc"))
	slog.SetDefault(log)
	slog.Info("via default", "pi", 3.14)
	fmt.Println(log.Enabled(context.Background(), slog.LevelDebug), slog.LevelWarn+2, slog.Level(-8))
}
