package main

import (
	"log/slog"
	"os"
)

type Token string

func (Token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type Account struct {
	ID    int
	Owner string
}

func (a Account) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", a.ID), slog.String("owner", a.Owner))
}

func main() {
	opts := &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}}
	l := slog.New(slog.NewTextHandler(os.Stdout, opts))
	l.Info("login", "token", Token("secret"), "acct", Account{7, "ann"})
	j := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	j.Info("login", "token", Token("secret"), "acct", Account{8, "bob"})
}
