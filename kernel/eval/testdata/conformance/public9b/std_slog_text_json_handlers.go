package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"time"
)

type Card struct {
	Number string
	Holder string
}

// LogValue shows only the last four digits.
func (c Card) LogValue() slog.Value {
	return slog.StringValue(c.Holder + " ****" + c.Number[len(c.Number)-4:])
}

func noTime(groups []string, a slog.Attr) slog.Attr {
	switch {
	case len(groups) == 0 && a.Key == slog.TimeKey:
		return slog.Attr{}
	case a.Key == "password":
		a.Value = slog.StringValue("***")
	}
	return a
}

func main() {
	th := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelDebug})
	logger := slog.New(th)
	logger.Info("hello", "count", 3, "ratio", 0.25, "card", Card{"4111222233334444", "ann"})
	logger.Debug("details", slog.Group("req", "method", "GET", "path", "/a b"), "password", "hunter2")
	logger.With("svc", "api").WithGroup("g").Warn("careful", "err", errors.New("disk full"), "d", 1500*time.Millisecond)
	jh := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, AddSource: false})
	jl := slog.New(jh)
	jl.Info("json", "card", Card{"5500000000000004", "bo"}, "tags", []string{"a", "b"}, "m", map[string]int{"z": 1, "a": 2})
	jl.Debug("hidden")
	jl.Error("failure", slog.Any("err", errors.New("x")), slog.Bool("fatal", false))
	ctx := context.Background()
	jl.LogAttrs(ctx, slog.LevelWarn+2, "custom level", slog.Time("at", time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)))
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	ql := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: noTime}))
	ql.Info("quiet")
	lv.Set(slog.LevelInfo)
	ql.Info("loud", "level", lv.Level())
	slog.SetDefault(ql)
	slog.Info("default logger", "n", 1)
	os.Stdout.Sync()
}
