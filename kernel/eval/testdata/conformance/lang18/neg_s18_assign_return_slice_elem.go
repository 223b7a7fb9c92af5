package main

func first(s []string) []string { return s[0] }

func main() {
	first(nil)
}
