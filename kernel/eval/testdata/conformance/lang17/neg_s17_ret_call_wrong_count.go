package main

func two() (int, int) { return 1, 2 }

func three() (int, int, int) { return two() }

func main() {
	three()
}
