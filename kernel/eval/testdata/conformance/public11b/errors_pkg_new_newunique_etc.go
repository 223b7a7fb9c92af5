package main

import (
	"errors"
	"fmt"
	"time"
)

// MyError is an error implementation that includes a time and message.
type MyError struct {
	When time.Time
	What string
}

func (e MyError) Error() string {
	return fmt.Sprintf("%v: %v", e.When, e.What)
}

func oops() error {
	return MyError{
		time.Date(1989, 3, 15, 22, 30, 0, 0, time.UTC),
		"the file system has gone away",
	}
}

func OopsNew() error {
	return errors.New("an error")
}

var ErrSentinel = errors.New("an error")

func OopsSentinel() error {
	return ErrSentinel
}

func main() {
	// Example
	{
		if err := oops(); err != nil {
			fmt.Println(err)
		}
	}

	// ExampleNew
	{
		err := errors.New("emit macho dwarf: elf header corrupted")
		if err != nil {
			fmt.Print(err)
		}
	}

	// ExampleNew_unique
	{
		err1 := OopsNew()
		err2 := OopsNew()
		fmt.Println("Errors using distinct errors.New calls:")
		fmt.Printf("Is(%q, %q) = %v\n", err1, err2, errors.Is(err1, err2))

		err3 := OopsSentinel()
		err4 := OopsSentinel()
		fmt.Println()
		fmt.Println("Errors using a sentinel error:")
		fmt.Printf("Is(%q, %q) = %v\n", err3, err4, errors.Is(err3, err4))

	}

	// ExampleNew_errorf
	{
		const name, id = "bimmler", 17
		err := fmt.Errorf("user %q (id %d) not found", name, id)
		if err != nil {
			fmt.Print(err)
		}
	}
}
