package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	_ = errors.New
	fmt.Println("start")
	panic(MyErr{Code: 3})
}
