package main

import (
	"fmt"
	"sort"
)

type User struct {
	Name string
	Age  int
}

func main() {
	users := []User{{"ann", 30}, {"bob", 25}, {"cy", 35}}
	byName := map[string]*User{}
	for _, u := range users {
		byName[u.Name] = &u // per-iteration u (Go 1.22): distinct pointers, but copies
	}
	byName["ann"].Age = 99
	fmt.Println(users[0].Age, byName["ann"].Age, byName["bob"].Age)
	byIndex := map[string]*User{}
	for i := range users {
		byIndex[users[i].Name] = &users[i]
	}
	byIndex["bob"].Age = 26
	fmt.Println(users[1])
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Print(n, ":", byName[n].Age, " ")
	}
	fmt.Println()
	sort.Slice(users, func(i, j int) bool { return users[i].Age < users[j].Age })
	fmt.Println(users, byIndex["bob"].Name) // pointers into the slice see the sorted contents
}
