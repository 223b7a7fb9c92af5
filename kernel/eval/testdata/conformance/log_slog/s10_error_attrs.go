package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

type Str struct{ n int }

func (s Str) String() string { return fmt.Sprintf("str %d", s.n) }

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	l := slog.New(h)
	var s fmt.Stringer = Both{1}
	l.Info("msg", "err", Both{2}, "s", s, "str", Str{3}, "list", []fmt.Stringer{Both{4}})
	l.Error("failed", "err", error(Both{5}), slog.Any("e", fmt.Errorf("w: %w", Both{6})))
	j := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	j.Info("json", "err", Both{7}, "s", s, "joined", errors.Join(Both{8}, Both{9}))
}
