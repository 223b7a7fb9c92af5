package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Apply(*Account) error
	Describe() string
}

type Opened struct{ Owner string }
type Deposited struct{ Amount int }
type Withdrew struct{ Amount int }
type Closed struct{}

var (
	ErrClosed    = errors.New("account closed")
	ErrOverdraft = errors.New("overdraft")
	ErrNotOpen   = errors.New("not opened")
)

type Account struct {
	Owner   string
	Balance int
	Open    bool
	Version int
}

func (e Opened) Apply(a *Account) error {
	a.Owner, a.Open = e.Owner, true
	return nil
}
func (e Opened) Describe() string { return "opened by " + e.Owner }

func (e Deposited) Apply(a *Account) error {
	if !a.Open {
		return ErrClosed
	}
	a.Balance += e.Amount
	return nil
}
func (e Deposited) Describe() string { return fmt.Sprintf("deposit %d", e.Amount) }

func (e Withdrew) Apply(a *Account) error {
	if !a.Open {
		return ErrClosed
	}
	if a.Balance < e.Amount {
		return fmt.Errorf("%w: balance %d < %d", ErrOverdraft, a.Balance, e.Amount)
	}
	a.Balance -= e.Amount
	return nil
}
func (e Withdrew) Describe() string { return fmt.Sprintf("withdraw %d", e.Amount) }

func (Closed) Apply(a *Account) error { a.Open = false; return nil }
func (Closed) Describe() string       { return "closed" }

type Store struct {
	streams map[string][]Event
}

func (s *Store) Append(id string, e Event) error {
	acc, err := s.Load(id)
	if err != nil {
		return err
	}
	if _, isOpen := e.(Opened); !isOpen && acc.Version == 0 {
		return fmt.Errorf("%s: %w", id, ErrNotOpen)
	}
	if err := e.Apply(&acc); err != nil {
		return fmt.Errorf("%s: %s: %w", id, e.Describe(), err)
	}
	s.streams[id] = append(s.streams[id], e)
	return nil
}

func (s *Store) Load(id string) (Account, error) {
	var a Account
	for _, e := range s.streams[id] {
		if err := e.Apply(&a); err != nil {
			return a, err
		}
		a.Version++
	}
	return a, nil
}

func main() {
	st := &Store{streams: map[string][]Event{}}
	cmds := []struct {
		id string
		e  Event
	}{
		{"acc-1", Opened{"ann"}}, {"acc-1", Deposited{100}}, {"acc-2", Deposited{5}},
		{"acc-1", Withdrew{30}}, {"acc-1", Withdrew{100}}, {"acc-2", Opened{"bob"}},
		{"acc-2", Deposited{50}}, {"acc-1", Closed{}}, {"acc-1", Deposited{1}},
	}
	for _, c := range cmds {
		if err := st.Append(c.id, c.e); err != nil {
			kinds := []string{}
			for _, k := range []error{ErrClosed, ErrOverdraft, ErrNotOpen} {
				if errors.Is(err, k) {
					kinds = append(kinds, k.Error())
				}
			}
			fmt.Printf("rejected: %v [%s]\n", err, strings.Join(kinds, ","))
		}
	}
	ids := make([]string, 0)
	for id := range st.streams {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a, _ := st.Load(id)
		var hist []string
		for _, e := range st.streams[id] {
			hist = append(hist, fmt.Sprintf("%T(%s)", e, e.Describe()))
		}
		fmt.Printf("%s %+v\n  %s\n", id, a, strings.Join(hist, " -> "))
	}
}
