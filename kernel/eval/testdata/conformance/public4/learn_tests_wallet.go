package main

import (
	"errors"
	"fmt"
)

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", b) }

type Wallet struct{ balance Bitcoin }

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Deposit(amount Bitcoin) { w.balance += amount }
func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}
func (w *Wallet) Balance() Bitcoin { return w.balance }

type Dictionary map[string]string

type DictionaryErr string

func (e DictionaryErr) Error() string { return string(e) }

const (
	ErrNotFound   = DictionaryErr("could not find the word you were looking for")
	ErrWordExists = DictionaryErr("cannot add word because it already exists")
)

func (d Dictionary) Search(word string) (string, error) {
	def, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return def, nil
}

func (d Dictionary) Add(word, def string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		d[word] = def
	case nil:
		return ErrWordExists
	default:
		return err
	}
	return nil
}

type testCase struct {
	name  string
	input []int
	want  int
}

func SumAll(nums ...[]int) (sums []int) {
	for _, n := range nums {
		t := 0
		for _, v := range n {
			t += v
		}
		sums = append(sums, t)
	}
	return
}

func main() {
	w := Wallet{}
	w.Deposit(Bitcoin(20))
	fmt.Println(w.Balance())
	fmt.Printf("%s %v %d\n", w.Balance(), w.balance, w.balance)
	err := w.Withdraw(Bitcoin(100))
	fmt.Println(err, err == ErrInsufficientFunds, w.Balance())
	fmt.Println(w.Withdraw(5), w.Balance())
	d := Dictionary{"test": "this is just a test"}
	fmt.Println(d.Search("test"))
	_, err = d.Search("unknown")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	fmt.Println(d.Add("test", "x"), d.Add("new", "y"), len(d))
	for _, tc := range []testCase{{"a", []int{1, 2}, 3}, {"b", nil, 0}, {"c", []int{5}, 6}} {
		got := SumAll(tc.input)[0]
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("--- %s: %s (got %d want %d)\n", status, tc.name, got, tc.want)
	}
	fmt.Printf("%v %#v\n", err, ErrNotFound)
}
