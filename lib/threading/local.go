package threading

import (
	"errors"
	"sync"

	"github.com/gonotes/gonotes/lib/hook"
)

// Local is thread-local data, as Python's threading.local: each thread sees
// its own attributes, which other threads cannot see. Python's attributes
// become named values:
//
//	Python                           Go
//	mydata = threading.local()       var mydata threading.Local
//	mydata.x = 1                     mydata.Set("x", 1)
//	mydata.x                         mydata.Get("x")            // panics with AttributeError if unset
//	getattr(mydata, "x", None)       v, ok := mydata.Lookup("x")
//	hasattr(mydata, "x")             _, ok := mydata.Lookup("x")
//	del mydata.x                     mydata.Delete("x")
//	class L(local): __init__(...)    &threading.Local{Init: func(l *threading.Local) { l.Set(...) }}
//
// Values are of type any (convert them back with a type assertion, v.(int)).
// The notebook's main thread is one thread in every cell, so its values
// last from cell to cell. A Thread's values are dropped when it ends; those
// of a goroutine that is not a Thread (a dummy thread) last as long as the
// Local, since Go cannot tell when a goroutine ends. The zero value is ready
// to use; a Local must not be copied after first use.
type Local struct {
	// Init, if set, runs in each thread the first time the thread uses the
	// Local, as the __init__ of a Python subclass of local runs once per
	// thread: it may Set the thread's first values. Set it before use.
	Init func(l *Local)

	mu   sync.Mutex
	data map[int64]map[string]any // thread id -> its attributes
}

// attrs returns the calling thread's attributes, creating them (and
// running Init) on the thread's first use. The caller must not hold l.mu.
func (l *Local) attrs() (int64, map[string]any) {
	id := hook.ThreadID()
	l.mu.Lock()
	m, ok := l.data[id]
	if !ok {
		if l.data == nil {
			l.data = map[int64]map[string]any{}
		}
		m = map[string]any{}
		l.data[id] = m
	}
	l.mu.Unlock()
	if !ok {
		if t := threadOf(id, false); t != nil && (t.kind == "" || t.kind == "Timer") {
			t.locals = append(t.locals, l) // touched only by the thread itself
		}
		if l.Init != nil {
			l.Init(l)
		}
	}
	return id, m
}

func noAttribute(name string) error {
	return errors.New("AttributeError: '_thread._local' object has no attribute '" + name + "'")
}

// Get returns the calling thread's value of name (Python's mydata.name).
// A name the thread has not set panics with Python's "AttributeError:
// '_thread._local' object has no attribute 'name'".
func (l *Local) Get(name string) any {
	v, ok := l.Lookup(name)
	if !ok {
		panic(noAttribute(name))
	}
	return v
}

// Lookup returns the calling thread's value of name and whether the thread
// has set it (Python's getattr(mydata, name, None) and hasattr).
func (l *Local) Lookup(name string) (any, bool) {
	_, m := l.attrs()
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := m[name]
	return v, ok
}

// Set sets the calling thread's value of name (Python's mydata.name = v).
func (l *Local) Set(name string, v any) {
	_, m := l.attrs()
	l.mu.Lock()
	m[name] = v
	l.mu.Unlock()
}

// Delete removes the calling thread's value of name (Python's del
// mydata.name); a name the thread has not set panics with AttributeError.
func (l *Local) Delete(name string) {
	_, m := l.attrs()
	l.mu.Lock()
	_, ok := m[name]
	delete(m, name)
	l.mu.Unlock()
	if !ok {
		panic(noAttribute(name))
	}
}

// drop forgets the values of thread id (the thread has ended).
func (l *Local) drop(id int64) {
	l.mu.Lock()
	delete(l.data, id)
	l.mu.Unlock()
}

// threads returns how many threads have values (tests).
func (l *Local) threads() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.data)
}
