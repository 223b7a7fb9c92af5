package main

import (
	"context"
	"log/slog"
	"os"
	"strings"
)

// levelPrefix embeds a Handler and changes records on their way.
type redactor struct {
	slog.Handler
	secrets []string
}

func (r redactor) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, r.scrub(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		if a.Value.Kind() == slog.KindString {
			a.Value = slog.StringValue(r.scrub(a.Value.String()))
		}
		out.AddAttrs(a)
		return true
	})
	return r.Handler.Handle(ctx, out)
}

func (r redactor) WithAttrs(as []slog.Attr) slog.Handler {
	return redactor{r.Handler.WithAttrs(as), r.secrets}
}

func (r redactor) scrub(s string) string {
	for _, sec := range r.secrets {
		s = strings.ReplaceAll(s, sec, "[redacted]")
	}
	return s
}

type contextKey struct{}

type ctxHandler struct{ slog.Handler }

func (h ctxHandler) Handle(ctx context.Context, r slog.Record) error {
	if v, ok := ctx.Value(contextKey{}).(string); ok {
		r.AddAttrs(slog.String("trace", v))
	}
	return h.Handler.Handle(ctx, r)
}

func main() {
	text := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	log := slog.New(ctxHandler{redactor{text, []string{"hunter2", "4111"}}})
	log.Info("login with hunter2", "card", "4111-1111", "n", 3)
	ctx := context.WithValue(context.Background(), contextKey{}, "t-9")
	log.InfoContext(ctx, "traced", "pw", "hunter2")
	log.With("user", "ann").Warn("again hunter2")
	var h slog.Handler = ctxHandler{text}
	_, ok := h.(interface{ WithGroup(string) slog.Handler })
	slog.New(h.WithGroup("g")).Error("grouped", "k", 1)
	slog.New(text).Info("ok", "is", ok)
}
