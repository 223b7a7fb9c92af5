package main

func f() (n int) {
	return n, nil
}

func main() {
	f()
}
