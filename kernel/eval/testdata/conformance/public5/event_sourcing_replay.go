package main

import (
	"errors"
	"fmt"
	"strings"
)

type Event interface{ isEvent() }

type (
	Opened struct {
		ID    string
		Owner string
	}
	Deposited struct{ Amount int }
	Withdrew  struct{ Amount int }
	Closed    struct{ Reason string }
)

func (Opened) isEvent()    {}
func (Deposited) isEvent() {}
func (Withdrew) isEvent()  {}
func (Closed) isEvent()    {}

type Account struct {
	ID, Owner string
	Balance   int
	Closed    bool
	Version   int
}

var ErrClosed = errors.New("account closed")

func (a *Account) Apply(e Event) {
	switch e := e.(type) {
	case Opened:
		a.ID, a.Owner = e.ID, e.Owner
	case Deposited:
		a.Balance += e.Amount
	case Withdrew:
		a.Balance -= e.Amount
	case Closed:
		a.Closed = true
	}
	a.Version++
}

type Store struct{ events map[string][]Event }

func (s *Store) Append(id string, evs ...Event) { s.events[id] = append(s.events[id], evs...) }

func (s *Store) Load(id string) (*Account, error) {
	evs, ok := s.events[id]
	if !ok {
		return nil, fmt.Errorf("load %s: not found", id)
	}
	a := &Account{}
	for _, e := range evs {
		a.Apply(e)
	}
	return a, nil
}

func (s *Store) Withdraw(id string, amt int) error {
	a, err := s.Load(id)
	if err != nil {
		return err
	}
	if a.Closed {
		return fmt.Errorf("withdraw from %s: %w", id, ErrClosed)
	}
	if a.Balance < amt {
		return fmt.Errorf("withdraw %d from %s: insufficient funds (%d)", amt, id, a.Balance)
	}
	s.Append(id, Withdrew{amt})
	return nil
}

func describe(e Event) string {
	switch e := e.(type) {
	case Opened:
		return "opened by " + e.Owner
	case Deposited, Withdrew:
		return fmt.Sprintf("%T %+v", e, e)
	default:
		return fmt.Sprintf("%v", e)
	}
}

func main() {
	s := &Store{events: map[string][]Event{}}
	s.Append("acc-1", Opened{"acc-1", "ann"}, Deposited{100}, Deposited{50})
	s.Append("acc-2", Opened{"acc-2", "bob"}, Deposited{10}, Closed{"moved"})
	fmt.Println(s.Withdraw("acc-1", 30), s.Withdraw("acc-1", 500))
	err := s.Withdraw("acc-2", 1)
	fmt.Println(err, errors.Is(err, ErrClosed))
	fmt.Println(s.Withdraw("acc-3", 1))
	for _, id := range []string{"acc-1", "acc-2"} {
		a, _ := s.Load(id)
		fmt.Printf("%+v\n", *a)
		var lines []string
		for _, e := range s.events[id] {
			lines = append(lines, describe(e))
		}
		fmt.Println("  " + strings.Join(lines, "; "))
	}
	snapshot, _ := s.Load("acc-1")
	s.Append("acc-1", Deposited{1})
	again, _ := s.Load("acc-1")
	fmt.Println(snapshot.Balance, again.Balance, again.Version-snapshot.Version)
}
