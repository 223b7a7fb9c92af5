// time.Time embedded: fmt calls the promoted String; %+v and %v.
package main

import (
	"fmt"
	"time"
)

type Stamp struct {
	time.Time
	Note string
}

type Wrapped struct {
	Stamp
	ID int
}

func main() {
	s := Stamp{Time: time.Date(2020, 2, 29, 12, 0, 0, 0, time.UTC), Note: "leap"}
	fmt.Println(s)
	fmt.Printf("%v\n%+v\n%s\n", s, s, s)
	w := Wrapped{Stamp: s, ID: 7}
	fmt.Println(w)
	fmt.Println(w.Year(), w.YearDay(), w.Note, w.ID)
	fmt.Println(w.Add(24 * time.Hour).Format("2006-01-02"))
	fmt.Println(s.Before(w.Add(time.Second)), s.Equal(w.Time))
}
