package main

func add(a, b int) {
	return a + b
}

func main() {
	add(1, 2)
}
