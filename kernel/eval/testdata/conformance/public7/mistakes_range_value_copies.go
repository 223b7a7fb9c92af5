package main

import "fmt"

type Account struct {
	Name    string
	Balance float64
}

func main() {
	accounts := []Account{{"a", 100}, {"b", 200}}
	for _, a := range accounts {
		a.Balance += 1000 // modifies a copy
	}
	fmt.Println(accounts)
	for i := range accounts {
		accounts[i].Balance += 1000
	}
	fmt.Println(accounts)
	ptrs := []*Account{{"c", 1}, {"d", 2}}
	for _, p := range ptrs {
		p.Balance *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	// range over an array copies it; over a pointer to it does not
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("array copy:", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("array pointer:", v)
		}
	}
	// range expression evaluated once
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)

	// map of structs: not addressable, so reassign or use pointers
	m := map[string]Account{"x": {"x", 1}}
	acc := m["x"]
	acc.Balance = 42
	m["x"] = acc
	mp := map[string]*Account{"y": {"y", 1}}
	mp["y"].Balance = 43
	fmt.Println(m["x"].Balance, mp["y"].Balance)

	// range with pointer to loop var (1.22: a new variable each iteration)
	var addrs []*int
	for i := 0; i < 3; i++ {
		addrs = append(addrs, &i)
	}
	for _, p := range addrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var vals []*Account
	for _, a := range accounts {
		vals = append(vals, &a)
	}
	vals[0].Name = "changed"
	fmt.Println(vals[0].Name, vals[1].Name, accounts[0].Name)
}
