package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
)

type token string

func (token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type point struct{ X, Y int }

func main() {
	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		if a.Key == slog.LevelKey {
			lvl := a.Value.Any().(slog.Level)
			return slog.String("sev", strings.ToLower(lvl.String()))
		}
		return a
	}
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: noTime})
	log := slog.New(h)
	log.Info("hidden")
	log.Warn("shown", "tok", token("s3cr3t"), "pt", point{1, 2})
	lv.Set(slog.LevelDebug)
	log.Debug("now visible", "n", 1)
	log.Info("nested", slog.Group("a", slog.Group("b", "c", 1)))
	fmt.Println(slog.LevelInfo, slog.LevelDebug-1, slog.LevelError+4)
	var l slog.Level
	fmt.Println(l.UnmarshalText([]byte("warn")), l)
	a := slog.Int("k", 5)
	fmt.Println(a, a.Key, a.Value.Kind(), a.Value.Int64())
	v := slog.AnyValue(3.5)
	fmt.Println(v.Kind(), v.Float64())
	fmt.Println(slog.GroupValue(slog.String("x", "y")).Kind())
}
