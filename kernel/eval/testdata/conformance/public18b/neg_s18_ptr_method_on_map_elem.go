package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func main() {
	m := map[string]T{"a": {}}
	m["a"].Inc()
	fmt.Println(m)
}
