package main

func answer() int {
}

func main() {
	answer()
}
