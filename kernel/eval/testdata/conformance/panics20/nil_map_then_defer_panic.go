package main

func main() {
	var m map[string]int
	defer func() { panic("while unwinding") }()
	m["a"] = 1
}
