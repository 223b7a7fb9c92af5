package main

func main() {
	const x int = 1.5
}
