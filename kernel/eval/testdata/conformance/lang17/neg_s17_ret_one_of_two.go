package main

func div(a, b int) (int, error) {
	return a / b
}

func main() {
	div(1, 1)
}
