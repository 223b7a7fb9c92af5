// conformance: compile error (a pointer method of a map element, which is not addressable)
package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Deposit(n int) { a.balance += n }

func main() {
	accounts := map[string]Account{"ann": {}}
	accounts["ann"].Deposit(10)
	fmt.Println(accounts)
}
