// A compiled struct type whose methods all have pointer receivers
// (sync.Mutex, sync.WaitGroup, strings.Builder), embedded beside other
// fields, is an embedded field: encoding/json skips it, reflect says
// Anonymous, and its methods are promoted.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

type Account struct {
	Owner string
	sync.Mutex
	Balance int
}

func (a *Account) Deposit(n int) {
	a.Lock()
	defer a.Unlock()
	a.Balance += n
}

type Report struct {
	Title string `json:"title"`
	strings.Builder
}

type Batch struct {
	sync.WaitGroup
	Seen []int
}

func main() {
	a := &Account{Owner: "kim"}
	a.Deposit(30)
	a.Deposit(12)
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)

	var back Account
	err = json.Unmarshal([]byte(`{"Owner":"lee","Mutex":{},"Balance":7}`), &back)
	fmt.Println(back.Owner, back.Balance, err)

	t := reflect.TypeOf(a).Elem()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(i, f.Name, f.Anonymous, f.Type)
	}

	r := &Report{Title: "sums"}
	fmt.Fprintf(r, "%d+%d", 1, 2)
	b, err = json.Marshal(r)
	fmt.Println(string(b), r.String(), err)

	bt := &Batch{}
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		bt.Add(1)
		go func() {
			defer bt.Done()
			mu.Lock()
			bt.Seen = append(bt.Seen, i)
			mu.Unlock()
		}()
	}
	bt.Wait()
	fmt.Println(len(bt.Seen))
	b, err = json.Marshal(&Batch{Seen: []int{1}})
	fmt.Println(string(b), err)
	var l sync.Locker = a
	l.Lock()
	fmt.Println(a.TryLock())
	l.Unlock()
}
