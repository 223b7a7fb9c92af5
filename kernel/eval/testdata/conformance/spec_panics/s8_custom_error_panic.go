package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	defer fmt.Println("deferred runs first")
	panic(MyErr{42})
}
