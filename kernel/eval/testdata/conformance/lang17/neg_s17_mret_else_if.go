package main

func grade(n int) string {
	if n > 90 {
		return "A"
	} else if n > 80 {
		return "B"
	}
}

func main() {
	grade(1)
}
