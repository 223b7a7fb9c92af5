package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
)

type Op func(args ...any) (any, error)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Account struct {
	Owner   string
	Balance Money
	History []any
}

var ErrFunds = errors.New("insufficient funds")

type TxError struct {
	Amount Money
	Err    error
}

func (e TxError) Error() string { return fmt.Sprintf("tx %v: %v", e.Amount, e.Err) }
func (e TxError) Unwrap() error { return e.Err }

func (a *Account) Withdraw(m Money) error {
	if m > a.Balance {
		return TxError{m, ErrFunds}
	}
	a.Balance -= m
	a.History = append(a.History, -m)
	return nil
}

func logf(format string, args ...any) string {
	return fmt.Sprintf("[log] "+format, args...)
}

func wrap(args ...any) string {
	return logf("%v|%v", args...)
}

func registry() map[string]Op {
	return map[string]Op{
		"sum": func(args ...any) (any, error) {
			var t Money
			for _, a := range args {
				m, ok := a.(Money)
				if !ok {
					return nil, fmt.Errorf("not money: %v (%T)", a, a)
				}
				t += m
			}
			return t, nil
		},
		"join": func(args ...any) (any, error) {
			var parts []string
			for _, a := range args {
				parts = append(parts, fmt.Sprint(a))
			}
			return strings.Join(parts, "+"), nil
		},
	}
}

func pair() (any, error) { return Money(250), nil }

func main() {
	acc := &Account{Owner: "kim", Balance: 1000}
	fmt.Println(acc.Withdraw(300), acc.Balance)
	err := acc.Withdraw(5000)
	fmt.Println(err, errors.Is(err, ErrFunds))
	var te TxError
	if errors.As(err, &te) {
		fmt.Println("amount", te.Amount, te.Amount > 100)
	}
	fmt.Println(acc.History, len(acc.History), acc.History[0])
	fmt.Printf("%v %s %d\n", acc.Balance, acc.Balance, acc.Balance)

	fmt.Println(wrap(Money(5), "x"))
	fmt.Println(logf("%s has %v", acc.Owner, acc.Balance))

	ops := registry()
	names := make([]string, 0, len(ops))
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r, err := ops[n](Money(150), Money(25))
		fmt.Println(n, r, err)
	}
	_, err = ops["sum"](Money(1), 2)
	fmt.Println(err)
	v, err := pair()
	fmt.Println(v, err)
	fmt.Println(pair())

	l := log.New(os.Stdout, "app: ", 0)
	l.Printf("balance %v after %d ops", acc.Balance, len(acc.History))
	l.Println("done", Money(1))
	results := []any{}
	for _, m := range []Money{100, 200} {
		r, _ := ops["join"](m, "n")
		results = append(results, r)
	}
	fmt.Println(results...)
	fmt.Printf("%v\n", results)
	fmt.Println(fmt.Sprint(Money(7), Money(8)), fmt.Sprintln(Money(9)) == "$0.09\n")
	var sb strings.Builder
	fmt.Fprint(&sb, Money(1234), " ", acc)
	fmt.Println(sb.String())
}
