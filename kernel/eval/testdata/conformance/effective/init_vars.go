package main

import (
	"fmt"
	"os"
	"strings"
)

var (
	home   = getenv("HOME_X", "/home/default")
	user   = getenv("USER_X", "gopher")
	gopath = home + "/go"
	order  []string
)

func getenv(k, def string) string {
	order = append(order, k)
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

var a = b + c
var b = f("b")
var c = f("c")

func f(s string) int {
	order = append(order, s)
	return len(s)
}

func init() {
	order = append(order, "init1")
	if user == "" {
		panic("no user")
	}
}

func init() {
	order = append(order, "init2")
}

func main() {
	fmt.Println(home, user, gopath, a)
	fmt.Println(strings.Join(order, ","))
}
