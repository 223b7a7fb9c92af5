// Package timeline records what the threads of a program do — run, wait for
// a lock, hold it, hand items over through a queue — and draws it as an SVG
// picture over time, so that a notebook cell can show concurrency at a
// glance.
//
// Tracing is off by default and costs nothing then. Switch it on around the
// code to watch:
//
//	tr := timeline.Start()
//	// ... start threads, use locks, semaphores, queues ...
//	tr.Stop() // the final value of the cell: the timeline is shown
//
// The picture has one lane per thread (and per child process of
// lib/multiprocessing): a solid bar while the thread runs, a hatched grey bar
// while it is blocked in a library wait (Lock, Semaphore, Condition, Event,
// Queue, Barrier, Join, Future) outlined in the colour of what it waits for,
// and a coloured band under the bar while it holds a lock or a semaphore (one
// colour per object, named in the legend). Queue hand-offs are arrows from
// the thread that put an item to the thread that got it. A thread in a
// cell's time.Sleep is drawn sleeping (a pale, thinner bar), neither running
// nor waiting, so that work that computes and work that waits for the clock
// look different; a compiled program's time.Sleep cannot be seen and counts
// as running.
//
// A [Recording] shows itself as SVG and PNG when it is a cell's final value,
// and with display.Display (the PNG is for front ends that do not show SVG
// in untrusted notebooks); [Recording.String] is a text form of the same picture
// (what a compiled program prints) and [Recording.Summary] says who waited
// longest, and for what.
//
// A recording sees every event of the process while it is on, from every
// cell's threads. Events are kept in memory, at most [MaxEvents] of them.
package timeline

import (
	"encoding/base64"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/internal/trace"
)

// MaxEvents is the most events a Recording keeps; later events are counted
// and dropped (the picture then ends early, which its summary says).
const MaxEvents = 1 << 20

// chunkSize is the number of events per buffer chunk.
const chunkSize = 1024

// Recording is the trace of a stretch of a program, started with [Start]
// and ended with [Recording.Stop]. Its methods may be called while it is
// still recording (they show what happened so far) and from any goroutine.
type Recording struct {
	// Title, when set, is drawn above the picture.
	Title string

	mu      sync.Mutex
	full    [][]trace.Event // filled chunks
	cur     []trace.Event   // the chunk being filled
	n       int             // events kept
	dropped int
	start   time.Time
	end     time.Time // zero while recording
}

var (
	hookMu  sync.Mutex
	active  []*Recording      // recordings that are on, in start order
	foreign func(trace.Event) // a recorder installed by someone else, kept and chained
	ours    bool              // whether the installed hook is ours
)

// Start begins a recording: every library primitive reports what it does
// until [Recording.Stop]. Several recordings may be on at once; each gets
// every event.
func Start() *Recording {
	r := &Recording{start: time.Now()}
	hookMu.Lock()
	defer hookMu.Unlock()
	active = append(active, r)
	install()
	return r
}

// Stop ends the recording (later events are not recorded) and returns r,
// so that `tr.Stop()` as the last line of a cell shows the timeline.
// Calling it again does nothing.
func (r *Recording) Stop() *Recording {
	hookMu.Lock()
	for i, a := range active {
		if a == r {
			active = append(active[:i:i], active[i+1:]...)
			install()
			break
		}
	}
	hookMu.Unlock()
	r.finish(time.Now())
	return r
}

// install sets trace's hook for the active recordings, chaining a recorder
// that someone else installed before. Call with hookMu held.
func install() {
	prev := trace.SetHook(hookFunc())
	if !ours && prev != nil && len(active) > 0 {
		foreign = prev // someone else's recorder: keep calling it
		trace.SetHook(hookFunc())
	}
	ours = len(active) > 0
	if !ours {
		foreign = nil
	}
}

// hookFunc returns the hook that feeds the active recordings (and the
// foreign recorder).
func hookFunc() func(trace.Event) {
	switch {
	case len(active) == 0:
		return foreign
	case len(active) == 1 && foreign == nil:
		return active[0].record
	}
	rs := append([]*Recording(nil), active...)
	f := foreign
	return func(e trace.Event) {
		if f != nil {
			f(e)
		}
		for _, r := range rs {
			r.record(e)
		}
	}
}

// record stores one event (the trace hook).
func (r *Recording) record(e trace.Event) {
	r.mu.Lock()
	switch {
	case !r.end.IsZero():
	case r.n >= MaxEvents:
		r.dropped++
	default:
		// Fixed-size chunks: no copying as the recording grows.
		if len(r.cur) == cap(r.cur) {
			if r.cur != nil {
				r.full = append(r.full, r.cur)
			}
			r.cur = make([]trace.Event, 0, chunkSize)
		}
		r.cur = append(r.cur, e)
		r.n++
	}
	r.mu.Unlock()
}

// finish fixes the end of the recording at t unless it is already ended.
func (r *Recording) finish(t time.Time) {
	r.mu.Lock()
	if r.end.IsZero() {
		r.end = t
	}
	r.mu.Unlock()
}

// snapshot returns the events so far, the start and the end (now, while
// recording) and the number of dropped events.
func (r *Recording) snapshot() (evs []trace.Event, start, end time.Time, dropped int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	end = r.end
	if end.IsZero() {
		end = time.Now()
	}
	evs = make([]trace.Event, 0, r.n)
	for _, c := range r.full {
		evs = append(evs, c...)
	}
	evs = append(evs, r.cur...)
	return evs, r.start, end, r.dropped
}

// Duration returns how long the recording lasted (so far, while it is on).
func (r *Recording) Duration() time.Duration {
	_, start, end, _ := r.snapshot()
	return end.Sub(start)
}

// Len returns the number of events recorded.
func (r *Recording) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n
}

// Threads returns the names of the lanes of the picture, in order: the
// threads (and then processes) that did something traced.
func (r *Recording) Threads() []string {
	m := r.build()
	names := make([]string, len(m.lanes))
	for i, l := range m.lanes {
		names[i] = l.name
	}
	return names
}

// MimeBundle returns the picture as SVG and as PNG (for front ends that
// show SVG only in trusted notebooks: Jupyter shows an untrusted
// notebook's PNG but not its SVG) and the text form, for display in a
// notebook.
func (r *Recording) MimeBundle() map[string]any {
	m := r.build()
	b := map[string]any{
		"image/svg+xml": m.svg(r.Title),
		"text/plain":    m.text(r.Title),
	}
	if p := m.png(r.Title); p != nil {
		b["image/png"] = base64.StdEncoding.EncodeToString(p)
	}
	return b
}

// MimeMetadata gives the PNG's size in CSS pixels (it has [PNGScale]
// pixels per CSS pixel), for display.Display.
func (r *Recording) MimeMetadata() map[string]any {
	lo := r.build().layout(r.Title)
	return map[string]any{"image/png": map[string]any{"width": float64(px(lo.width)) / PNGScale, "height": float64(px(lo.height)) / PNGScale}}
}

// SVG returns the timeline as a standalone SVG document.
func (r *Recording) SVG() string { return r.build().svg(r.Title) }

// PNG returns the timeline as a PNG image, [PNGScale] pixels per unit of
// the SVG, its text drawn with a system font that has Hangul (see
// [FontFile]).
func (r *Recording) PNG() []byte { return r.build().png(r.Title) }

// String returns the timeline as text: one line per lane ('=' running, '#'
// running and holding a lock, '.' waiting, '-' sleeping) followed by its
// name, then the summary.
func (r *Recording) String() string { return r.build().text(r.Title) }

// Summary returns a short report in Korean: how long each thread waited, on
// what, who waited longest, the longest single wait, and the waits still
// going on when the recording ended (a deadlock shows there).
func (r *Recording) Summary() string { return r.build().summary() }

func (r *Recording) build() *model {
	evs, start, end, dropped := r.snapshot()
	return buildModel(evs, start, end, dropped)
}
