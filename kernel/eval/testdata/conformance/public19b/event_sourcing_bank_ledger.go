package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Apply(*Account) error
	fmt.Stringer
}

type Opened struct{ Owner string }
type Deposited struct{ Amount int }
type Withdrew struct{ Amount int }
type Closed struct{}

type Account struct {
	Owner   string
	Balance int
	Open    bool
	History []string
}

var (
	ErrClosed       = errors.New("account closed")
	ErrInsufficient = errors.New("insufficient funds")
)

type OpError struct {
	Op  string
	Amt int
	Err error
}

func (e OpError) Error() string { return fmt.Sprintf("%s %d: %v", e.Op, e.Amt, e.Err) }
func (e OpError) Unwrap() error { return e.Err }

func (o Opened) Apply(a *Account) error {
	a.Owner, a.Open = o.Owner, true
	return nil
}
func (o Opened) String() string { return "opened by " + o.Owner }

func (d Deposited) Apply(a *Account) error {
	if !a.Open {
		return OpError{"deposit", d.Amount, ErrClosed}
	}
	a.Balance += d.Amount
	return nil
}
func (d Deposited) String() string { return fmt.Sprintf("+%d", d.Amount) }

func (w Withdrew) Apply(a *Account) error {
	switch {
	case !a.Open:
		return OpError{"withdraw", w.Amount, ErrClosed}
	case w.Amount > a.Balance:
		return OpError{"withdraw", w.Amount, ErrInsufficient}
	}
	a.Balance -= w.Amount
	return nil
}
func (w Withdrew) String() string { return fmt.Sprintf("-%d", w.Amount) }

func (Closed) Apply(a *Account) error { a.Open = false; return nil }
func (Closed) String() string         { return "closed" }

type Store struct {
	events map[string][]Event
}

func (s *Store) Append(id string, evs ...Event) {
	if s.events == nil {
		s.events = map[string][]Event{}
	}
	s.events[id] = append(s.events[id], evs...)
}

func (s *Store) Replay(id string) (Account, []error) {
	var a Account
	var errs []error
	for _, e := range s.events[id] {
		if err := e.Apply(&a); err != nil {
			errs = append(errs, err)
			continue
		}
		a.History = append(a.History, e.String())
	}
	return a, errs
}

func main() {
	var st Store
	st.Append("acc1", Opened{"ann"}, Deposited{100}, Withdrew{30}, Withdrew{500}, Deposited{5})
	st.Append("acc2", Opened{"bob"}, Deposited{10}, Closed{}, Deposited{1}, Withdrew{1})
	st.Append("acc1", Closed{})
	ids := make([]string, 0, len(st.events))
	for id := range st.events {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		acc, errs := st.Replay(id)
		fmt.Printf("%s: owner=%s balance=%d open=%v history=[%s]\n", id, acc.Owner, acc.Balance, acc.Open, strings.Join(acc.History, " "))
		for _, err := range errs {
			var oe OpError
			errors.As(err, &oe)
			fmt.Printf("  error: %v (closed=%v insufficient=%v op=%s)\n", err, errors.Is(err, ErrClosed), errors.Is(err, ErrInsufficient), oe.Op)
		}
		joined := errors.Join(errs...)
		fmt.Printf("  joined nil=%v\n", joined == nil)
	}
	fmt.Println(st.events["acc2"])
	fmt.Printf("%v %+v\n", st.events["acc1"][1], st.events["acc1"][0])
}
