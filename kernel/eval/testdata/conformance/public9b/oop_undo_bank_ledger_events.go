package main

import (
	"errors"
	"fmt"
	"strings"
)

type Event interface {
	Apply(*Ledger) error
	fmt.Stringer
}

type Deposited struct {
	Acct string
	Amt  int
}
type Withdrawn struct {
	Acct string
	Amt  int
}
type Opened struct{ Acct string }

type Ledger struct {
	balances map[string]int
	history  []Event
}

var ErrNoAcct = errors.New("no such account")

func (e Opened) Apply(l *Ledger) error {
	if _, ok := l.balances[e.Acct]; ok {
		return fmt.Errorf("open %s: exists", e.Acct)
	}
	l.balances[e.Acct] = 0
	return nil
}
func (e Deposited) Apply(l *Ledger) error {
	if _, ok := l.balances[e.Acct]; !ok {
		return fmt.Errorf("deposit to %s: %w", e.Acct, ErrNoAcct)
	}
	l.balances[e.Acct] += e.Amt
	return nil
}
func (e Withdrawn) Apply(l *Ledger) error {
	b, ok := l.balances[e.Acct]
	if !ok {
		return fmt.Errorf("withdraw from %s: %w", e.Acct, ErrNoAcct)
	}
	if b < e.Amt {
		return fmt.Errorf("withdraw %d from %s: balance %d", e.Amt, e.Acct, b)
	}
	l.balances[e.Acct] = b - e.Amt
	return nil
}

func (e Opened) String() string    { return "open " + e.Acct }
func (e Deposited) String() string { return fmt.Sprintf("+%d %s", e.Amt, e.Acct) }
func (e Withdrawn) String() string { return fmt.Sprintf("-%d %s", e.Amt, e.Acct) }

func (l *Ledger) Record(e Event) error {
	if err := e.Apply(l); err != nil {
		return err
	}
	l.history = append(l.history, e)
	return nil
}

func Replay(events []Event) (*Ledger, error) {
	l := &Ledger{balances: map[string]int{}}
	for i, e := range events {
		if err := l.Record(e); err != nil {
			return l, fmt.Errorf("event %d (%v): %w", i, e, err)
		}
	}
	return l, nil
}

func main() {
	l := &Ledger{balances: map[string]int{}}
	evs := []Event{Opened{"a"}, Deposited{"a", 100}, Opened{"b"}, Withdrawn{"a", 30}, Deposited{"c", 5}, Withdrawn{"b", 1}, Deposited{"b", 30}, Opened{"a"}}
	for _, e := range evs {
		if err := l.Record(e); err != nil {
			fmt.Println("rejected:", err, errors.Is(err, ErrNoAcct))
		}
	}
	fmt.Println(l.balances, len(l.history))
	var sb strings.Builder
	for _, e := range l.history {
		sb.WriteString(e.String() + "; ")
	}
	fmt.Println(sb.String())
	r, err := Replay(l.history)
	fmt.Println(r.balances, err)
	_, err = Replay(append(l.history[:2:2], Withdrawn{"a", 1000}))
	fmt.Println(err)
	fmt.Println(l.history[1:3])
}
