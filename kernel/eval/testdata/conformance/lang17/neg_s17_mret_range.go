package main

func first(s []int) int {
	for _, v := range s {
		return v
	}
}

func main() {
	first(nil)
}
