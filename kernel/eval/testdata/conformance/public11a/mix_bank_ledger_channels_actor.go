package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type op interface{ isOp() }

type deposit struct {
	acct  string
	amt   Cents
	reply chan error
}
type withdraw struct {
	acct  string
	amt   Cents
	reply chan error
}
type balance struct {
	acct  string
	reply chan Cents
}
type statement struct{ reply chan []string }

func (deposit) isOp()   {}
func (withdraw) isOp()  {}
func (balance) isOp()   {}
func (statement) isOp() {}

var ErrNoFunds = errors.New("insufficient funds")

func ledger(ops <-chan op, done chan<- struct{}) {
	bal := map[string]Cents{}
	var journal []string
	for o := range ops {
		switch o := o.(type) {
		case deposit:
			bal[o.acct] += o.amt
			journal = append(journal, fmt.Sprintf("%s +%v", o.acct, o.amt))
			o.reply <- nil
		case withdraw:
			if bal[o.acct] < o.amt {
				o.reply <- fmt.Errorf("withdraw %v from %s: %w", o.amt, o.acct, ErrNoFunds)
				continue
			}
			bal[o.acct] -= o.amt
			journal = append(journal, fmt.Sprintf("%s -%v", o.acct, o.amt))
			o.reply <- nil
		case balance:
			o.reply <- bal[o.acct]
		case statement:
			out := append([]string(nil), journal...)
			sort.Strings(out)
			o.reply <- out
		}
	}
	close(done)
}

func main() {
	ops := make(chan op)
	done := make(chan struct{})
	go ledger(ops, done)
	var wg sync.WaitGroup
	var emu sync.Mutex
	var failures []string
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := make(chan error)
			ops <- deposit{"alice", Cents(100 * (i + 1)), r}
			<-r
			ops <- withdraw{"bob", 50, r}
			if err := <-r; err != nil {
				emu.Lock()
				failures = append(failures, err.Error())
				emu.Unlock()
			}
		}()
	}
	wg.Wait()
	br := make(chan Cents)
	ops <- balance{"alice", br}
	fmt.Println("alice:", <-br)
	ops <- balance{"bob", br}
	fmt.Println("bob:", <-br)
	fmt.Println("failures:", len(failures), failures[0])
	sr := make(chan []string)
	ops <- statement{sr}
	st := <-sr
	fmt.Println(len(st), st[0], st[len(st)-1])
	close(ops)
	<-done
	fmt.Println(Cents(-1234), Cents(5))
}
