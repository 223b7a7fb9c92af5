package main

import (
	"fmt"
	"time"
)

func main() {
	// ExampleTime_Sub
	{
		start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)

		difference := end.Sub(start)
		fmt.Printf("difference = %v\n", difference)

	}

	// ExampleTime_AppendBinary
	{
		t := time.Date(2025, 4, 1, 15, 30, 45, 123456789, time.UTC)

		var buffer []byte
		buffer, err := t.AppendBinary(buffer)
		if err != nil {
			panic(err)
		}

		var parseTime time.Time
		err = parseTime.UnmarshalBinary(buffer[:])
		if err != nil {
			panic(err)
		}

		fmt.Printf("t: %v\n", t)
		fmt.Printf("parseTime: %v\n", parseTime)
		fmt.Printf("equal: %v\n", parseTime.Equal(t))

	}

	// ExampleTime_AppendFormat
	{
		t := time.Date(2017, time.November, 4, 11, 0, 0, 0, time.UTC)
		text := []byte("Time: ")

		text = t.AppendFormat(text, time.Kitchen)
		fmt.Println(string(text))

	}

	// ExampleTime_AppendText
	{
		t := time.Date(2025, 4, 1, 15, 30, 45, 123456789, time.UTC)

		buffer := []byte("t: ")

		buffer, err := t.AppendText(buffer)
		if err != nil {
			panic(err)
		}

		fmt.Printf("%s\n", buffer)

	}

	// ExampleFixedZone
	{
		loc := time.FixedZone("UTC-8", -8*60*60)
		t := time.Date(2009, time.November, 10, 23, 0, 0, 0, loc)
		fmt.Println("The time is:", t.Format(time.RFC822))
	}
}
