package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m["a"], m["b"])

	k := "a"
	k, m[k] = "b", 100
	fmt.Println(k, m["a"], m["b"])

	// A map entry that does not exist reads as the zero value on the right.
	m["c"], m["d"] = m["d"]+1, m["c"]+2
	fmt.Println(m["c"], m["d"], len(m))
}
